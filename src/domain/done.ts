// The stored state's done groups, as the rules look them up while they go (see Action and ItrState.done).

export interface DoneGroups {
  readonly size: number;
  has(group: string): boolean;
}

/**
 * Up to this many groups are searched in place. A Set hashes every group it is built from, and groups
 * are long strings read fresh from the stored property: for the handful of lookups a short list gets,
 * comparing in place (most comparisons stop at a differing length) costs less than hashing them all.
 */
const SEARCHED_IN_PLACE = 32;

export function doneGroups(list: readonly string[] | undefined): DoneGroups {
  return list && list.length > SEARCHED_IN_PLACE ? new Set(list) : new Listed(list ?? []);
}

class Listed implements DoneGroups {
  readonly size: number;

  constructor(private readonly list: readonly string[]) {
    this.size = list.length;
  }

  has(group: string): boolean {
    return this.list.includes(group);
  }
}
