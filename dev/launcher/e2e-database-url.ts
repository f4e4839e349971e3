import path from "node:path";

// Where the e2e launcher records its fresh database's URL for the Playwright process.
export const e2eDatabaseUrlFile = (root: string, port: number) => path.join(root, ".data", "e2e", `database-url-${port}`);
