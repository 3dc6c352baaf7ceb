export interface EndpointProbe {
  reachable: boolean;
  status?: number;
  /** Model ids the server lists (GET /models), when it does. */
  models?: string[];
  detail: string;
  elapsedMs: number;
}

/** GET <endpoint>/models once, with a timeout: reachable? key accepted? which models? Never throws. */
export async function probeEndpoint(endpoint: string, apiKey: string | undefined, timeoutMs = 3000, fetchImpl: typeof fetch = fetch): Promise<EndpointProbe> {
  const started = performance.now();
  const elapsedMs = () => Math.round(performance.now() - started);
  try {
    const r = await fetchImpl(`${endpoint.replace(/\/+$/, '')}/models`, { headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {}, signal: AbortSignal.timeout(timeoutMs) });
    const text = await r.text();
    let models: string[] | undefined;
    try {
      const data = (JSON.parse(text) as { data?: { id?: unknown }[] }).data;
      if (Array.isArray(data)) models = data.map((d) => String(d.id));
    } catch {
      // not every server lists models
    }
    const detail = r.status === 401 || r.status === 403 ? `reachable, but the key was refused (HTTP ${r.status})` : r.ok ? 'reachable' : `reachable, HTTP ${r.status} on /models`;
    return { reachable: true, status: r.status, ...(models ? { models } : {}), detail, elapsedMs: elapsedMs() };
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    return { reachable: false, detail: e.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (e.cause?.code ?? e.message), elapsedMs: elapsedMs() };
  }
}
