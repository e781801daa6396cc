// SIREN → company name for the whole of StockUniteLegale (tens of millions of companies). A
// JavaScript Map holds at most 2^24 (16.7 million) entries, so the table is split in shards by
// SIREN; keys are numbers (9 digits fit), which costs less than strings.

const SHARDS = 16;

export class NamesBySiren {
  private readonly shards = Array.from({ length: SHARDS }, () => new Map<number, string>());
  private count = 0;

  set(siren: string, name: string) {
    const key = Number(siren);
    if (!Number.isInteger(key)) return;
    const shard = this.shards[key % SHARDS];
    if (!shard.has(key)) this.count++;
    shard.set(key, name);
  }

  get(siren: string): string | undefined {
    const key = Number(siren);
    return Number.isInteger(key) ? this.shards[key % SHARDS].get(key) : undefined;
  }

  get size(): number {
    return this.count;
  }
}
