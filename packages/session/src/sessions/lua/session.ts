import { ADMIT, SESSION } from "./prelude.js";

/**
 * Scripts on one session. KEYS[1] session, KEYS[2] index of its tag; ARGV[1] idle ms,
 * [2] absolute ms, [3] session ID. Replies start with a status: 1 done; 0 gone (then the
 * reason: '' absent, 'idle', 'absolute', 'cookie' or 'revoked', and the user); -1 stale
 * revision (then the stored one); -2 user change refused; -3 ID taken; -4 index changed.
 * A cookie argument is the cookie's remaining lifetime in ms ('' = none / unchanged).
 */

/**
 * Reads the whole session into v (d, r, u, c, a, x), c and x; a missing or ended session ends
 * the script with {0, why, user}.
 */
const LIVE = `
local v = redis.call('HMGET', KEYS[1], 'd', 'r', 'u', 'c', 'a', 'x')
if not v[4] then
  redis.call('DEL', KEYS[1])
  return {0, ''}
end
local c, x = tonumber(v[4]), hard(v[6])
local why = gone(v[3], c, tonumber(v[5]), x)
if why then return {0, why, v[3]} end
`;

/** Reads and slides the idle timeout: {1, data, revision, user, created, now, hard expiry}. */
export const GET = `${SESSION}${LIVE}redis.call('HSET', KEYS[1], 'a', nows)
redis.call('PEXPIRE', KEYS[1], ttl(c, x))
return {1, v[1], v[2], v[3], v[4], nows, v[6] or ''}
`;

/** Slides the idle timeout without reading data. ARGV[4] cookie. */
export const TOUCH = `${SESSION}
local v = redis.call('HMGET', KEYS[1], 'u', 'c', 'a', 'x')
if not v[2] then
  redis.call('DEL', KEYS[1])
  return {0, ''}
end
local c, x = tonumber(v[2]), hard(v[4])
local why = gone(v[1], c, tonumber(v[3]), x)
if why then return {0, why, v[1]} end
redis.call('HSET', KEYS[1], 'a', nows)
set_expiry(KEYS[1], c, x, ARGV[4])
return {1}
`;

/**
 * Starts a session: ARGV[4] data, [5] user, [6] cookie, [7] cap, [8..] cap candidates (KEYS[3..]).
 * {1, now, ended IDs...}.
 */
export const CREATE = `${SESSION}${ADMIT}
if redis.call('EXISTS', KEYS[1]) == 1 then return {-3} end
local user = ARGV[5]
local ended = {}
if user ~= '' then
  ended = admit(user, id, now + absolute, tonumber(ARGV[7]), 3, 8, '')
  if not ended then return {-4} end
end
redis.call('HSET', KEYS[1], 'd', ARGV[4], 'r', '1', 'u', user, 'c', nows, 'a', nows)
set_expiry(KEYS[1], now, nil, ARGV[6])
return {1, nows, unpack(ended)}
`;

/**
 * Compare-and-set: ARGV[4] data, [5] expected revision, [6] user, [7] cookie. A signed-in
 * session may become anonymous (sign-out); any other change of user needs a new ID.
 * {revision, created, now, previous user, hard expiry or ''}.
 */
export const SAVE = `${SESSION}
local v = redis.call('HMGET', KEYS[1], 'r', 'u', 'c', 'a', 'x')
if not v[3] then
  redis.call('DEL', KEYS[1])
  return {0, ''}
end
local c, x = tonumber(v[3]), hard(v[5])
local why = gone(v[2], c, tonumber(v[4]), x)
if why then return {0, why, v[2]} end
local revision = tonumber(v[1])
if revision ~= tonumber(ARGV[5]) then return {-1, revision} end
local user = ARGV[6]
if user ~= v[2] then
  if user ~= '' then return {-2} end
  redis.call('ZREM', KEYS[2], id)
end
redis.call('HSET', KEYS[1], 'd', ARGV[4], 'r', string.format('%d', revision + 1), 'u', user, 'a', nows)
if ARGV[7] ~= '' then x = now + tonumber(ARGV[7]) end
set_expiry(KEYS[1], c, x, '')
local xs = ''
if x then xs = string.format('%d', x) end
return {revision + 1, v[3], nows, v[2], xs}
`;

/**
 * Moves a session to a new ID in the same slot and deletes the old one. KEYS[3] new session,
 * KEYS[4..] cap candidates; ARGV[4] new ID, [5] expected revision or '', [6] 'keep' or 'set',
 * [7] user, [8] cookie, [9] cap, [10..] candidate IDs. A new user starts a new absolute window.
 * {1, created, now, user, data, hard expiry or '', ended IDs...}.
 */
export const ROTATE = `${SESSION}${ADMIT}${LIVE}if ARGV[5] ~= '' and tonumber(v[2]) ~= tonumber(ARGV[5]) then return {-1, tonumber(v[2])} end
if redis.call('EXISTS', KEYS[3]) == 1 then return {-3} end
local user = v[3]
if ARGV[6] == 'set' and ARGV[7] ~= user then
  user = ARGV[7]
  c = now
end
local ended = {}
if user ~= '' then
  ended = admit(user, ARGV[4], c + absolute, tonumber(ARGV[9]), 4, 10, id)
  if not ended then return {-4} end
end
drop(v[3])
if ARGV[8] ~= '' then x = now + tonumber(ARGV[8]) end
redis.call('HSET', KEYS[3], 'd', v[1], 'r', '1', 'u', user, 'c', string.format('%d', c), 'a', nows)
set_expiry(KEYS[3], c, x, '')
local xs = ''
if x then xs = string.format('%d', x) end
return {1, string.format('%d', c), nows, user, v[1], xs, unpack(ended)}
`;

/**
 * First half of a rotation into another slot (a new user): checks and deletes the old session.
 * ARGV[4] expected revision or ''. {1, data, user, remaining cookie ms or ''}.
 */
export const TAKE = `${SESSION}${LIVE}if ARGV[4] ~= '' and tonumber(v[2]) ~= tonumber(ARGV[4]) then return {-1, tonumber(v[2])} end
drop(v[3])
local left = ''
if x then left = string.format('%d', x - now) end
return {1, v[1], v[3], left}
`;

/** Deletes one session (sign-out). {1 when it existed else 0, user}. */
export const DESTROY = `${SESSION}
local user = redis.call('HGET', KEYS[1], 'u') or ''
local n = redis.call('DEL', KEYS[1])
if user ~= '' then redis.call('ZREM', KEYS[2], id) end
return {n, user}
`;
