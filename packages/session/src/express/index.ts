export { sessionErrorHandler } from "./errors.js";
export { bearerToken, requireToken } from "./require-token.js";
export { type ExpressStoreOptions, RedisSessionStore } from "./store.js";
