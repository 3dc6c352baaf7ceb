import type { DiscoveryContext } from './DiscoveryContext.ts';
import { isBinaryAsset } from '../isBinaryAsset.ts';

/** Whether `test` holds for some file in `dir` or a folder below it (the walk's folders, in order; stops at the first). */
export const someFileBelow = async (ctx: DiscoveryContext, dir: string, test: (name: string) => boolean): Promise<boolean> => {
  for (const d of await ctx.walk()) {
    if (d !== dir && !d.startsWith(`${dir}/`)) continue;
    if ((await ctx.list(d)).some((e) => e.kind === 'file' && test(e.name))) return true;
  }
  return false;
};

/** Whether `dir` and the folders below it hold `count` files or more, no binary asset counted (a folder of screenshots or icons says nothing a request could name it by). */
export const holdsFiles = async (ctx: DiscoveryContext, dir: string, count: number): Promise<boolean> => {
  let files = 0;
  return someFileBelow(ctx, dir, (name) => !isBinaryAsset(name) && ++files >= count);
};
