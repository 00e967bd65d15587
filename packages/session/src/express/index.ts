export { saveBeforeResponse } from "./commit.js";
export { sessionErrorHandler } from "./errors.js";
export { bearerToken, requireToken } from "./require-token.js";
export { sessionMiddleware } from "./session.js";
export { type ExpressStoreOptions, RedisSessionStore } from "./store.js";
export { defaultUserIdOf } from "./user.js";
