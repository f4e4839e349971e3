import "server-only";

// Campaign days, sending hours and "contacted today" are counted in the brokers' time zone.
export const CAMPAIGN_TIME_ZONE = "America/Sao_Paulo";
