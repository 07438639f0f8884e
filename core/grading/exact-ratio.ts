/**
 * A non-negative rational number of arbitrary size: grades are computed without binary floating point, so
 * 0.7·3.5 + 0.3·2.5 + 0.3 is exactly 3.5 (DESIGN §7).
 */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}

export function ratio(num: bigint | number, den: bigint | number = 1n): Ratio {
  return { num: BigInt(num), den: BigInt(den) };
}

export function add(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function scale(a: Ratio, by: Ratio): Ratio {
  return { num: a.num * by.num, den: a.den * by.den };
}

export function compare(a: Ratio, b: Ratio): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The mean of integers as an exact ratio; the list must not be empty. */
export function mean(values: readonly number[]): Ratio {
  return ratio(
    values.reduce((sum, v) => sum + BigInt(v), 0n),
    values.length,
  );
}

/** Rounds half up (x.5 goes up) to a multiple of 1/10^decimals and answers that multiple's numerator. */
function roundHalfUpScaled(a: Ratio, decimals: number): bigint {
  const factor = 10n ** BigInt(decimals);
  // floor((2·num·factor + den) / (2·den)) is round-half-up for non-negative values.
  return (2n * a.num * factor + a.den) / (2n * a.den);
}

export function roundHalfUp(a: Ratio): number {
  return Number(roundHalfUpScaled(a, 0));
}

/** The value with exactly `decimals` digits after the point, rounded half up: "3.50", "10.67". */
export function toFixedHalfUp(a: Ratio, decimals: number): string {
  const scaled = roundHalfUpScaled(a, decimals).toString().padStart(decimals + 1, '0');
  return decimals === 0 ? scaled : `${scaled.slice(0, -decimals)}.${scaled.slice(-decimals)}`;
}

/**
 * The decimal a person typed, as the exact ratio it spells: the bump 0.3 is 3/10, not the binary double nearest to it.
 * Null for NaN and infinities.
 */
export function fromDecimalNumber(value: number): Ratio | null {
  if (!Number.isFinite(value)) return null;
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return null;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  const digits = BigInt(`${sign}${whole}${fraction}`);
  return exponent >= 0 ? ratio(digits * 10n ** BigInt(exponent)) : ratio(digits, 10n ** BigInt(-exponent));
}
