/** `x (did you mean y?)` when a likely intended id is known. */
export const withMeant = (id: string, meant: Readonly<Record<string, string>> | undefined): string =>
  meant?.[id] !== undefined ? `${id} (did you mean ${meant[id]}?)` : id;
