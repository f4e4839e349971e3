export type Selection = { mode: "ids"; ids: ReadonlySet<string> } | { mode: "filter" };

export const emptySelection: Selection = { mode: "ids", ids: new Set() };

// <select> values for the tri-state filters: "" means either.
export const toBoolean = (value: string) => (value === "" ? undefined : value === "true");
export const fromBoolean = (value: boolean | undefined) => (value === undefined ? "" : String(value));
