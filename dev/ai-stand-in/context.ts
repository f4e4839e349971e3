import type { StandInConfig } from "./config";
import type { Faults } from "./faults";

export type RecordedRequest = { at: string; path: string; body: unknown };

export type StandInContext = {
  config: StandInConfig;
  faults: Faults;
  /** The last calls, newest last: what the app sent (the test sees the masking, the prompt, the model). */
  requests: RecordedRequest[];
  record(path: string, body: unknown): void;
};

const KEEP = 50;

export function createContext(config: StandInConfig, faults: Faults): StandInContext {
  const requests: RecordedRequest[] = [];
  return {
    config,
    faults,
    requests,
    record(path, body) {
      requests.push({ at: new Date().toISOString(), path, body });
      if (requests.length > KEEP) requests.splice(0, requests.length - KEEP);
    },
  };
}
