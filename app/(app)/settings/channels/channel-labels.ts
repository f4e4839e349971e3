// Meta's codes → catalogue keys under `channels.quality.` / `channels.tier.`; unknown codes show as-is.
export const QUALITY_KEYS = ["GREEN", "YELLOW", "RED", "UNKNOWN"] as const;
export const TIER_KEYS = ["TIER_50", "TIER_250", "TIER_1K", "TIER_2K", "TIER_10K", "TIER_100K", "TIER_UNLIMITED"] as const;

export const qualityTone = (rating: string | null) =>
  rating === "GREEN" ? "success" : rating === "YELLOW" ? "warning" : rating === "RED" ? "danger" : "neutral";

export const tokenTone = (state: "valid" | "invalid" | "unknown") => (state === "valid" ? "success" : state === "invalid" ? "danger" : "neutral");

export const isKnown = <T extends string>(list: readonly T[], value: string | null): value is T => value !== null && (list as readonly string[]).includes(value);
