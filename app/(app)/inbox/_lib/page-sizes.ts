// Shared by the server components (first paint) and the client queries, so both use one cache key.
export const MESSAGE_PAGE_SIZE = 40;
