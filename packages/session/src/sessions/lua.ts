/**
 * Lua scripts that own every session rule, so that Redis enforces them
 * atomically and with its own clock (TIME), not the client's.
 *
 * Session hash fields: d = data (JSON), r = revision, u = user ID ("" when
 * anonymous), c = created (ms, server time), a = last access (ms, server time).
 * Per-user index: sorted set of session IDs scored by absolute deadline.
 *
 * Common ARGV: [1] idle ms, [2] absolute ms, [3] key prefix, [4] session ID.
 * A miss still issues a write (DEL), so a read-only replica refuses the call
 * instead of answering "no session".
 */
const PRELUDE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nows = string.format('%d', now)
local idle = tonumber(ARGV[1])
local absolute = tonumber(ARGV[2])
local prefix = ARGV[3]
local function expired(c, a)
  return now - a >= idle or now - c >= absolute
end
local function ttl(c)
  return math.min(idle, c + absolute - now)
end
local function drop(key, id, user)
  redis.call('DEL', key)
  if user and user ~= '' then
    redis.call('ZREM', prefix .. 'u:' .. user, id)
  end
end
local function index_add(key, id, deadline)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
  redis.call('ZADD', key, deadline, id)
  local left = redis.call('PTTL', key)
  if left < deadline - now then
    redis.call('PEXPIRE', key, deadline - now)
  end
end
`;

/** KEYS: session. Returns nil, or {data, revision, user, created, now} after sliding the idle timeout. */
export const GET_AND_TOUCH = `${PRELUDE}
local v = redis.call('HMGET', KEYS[1], 'd', 'r', 'u', 'c', 'a')
if not v[1] then
  redis.call('DEL', KEYS[1])
  return false
end
local c = tonumber(v[4])
if expired(c, tonumber(v[5])) then
  drop(KEYS[1], ARGV[4], v[3])
  return false
end
redis.call('HSET', KEYS[1], 'a', nows)
redis.call('PEXPIRE', KEYS[1], ttl(c))
return {v[1], v[2], v[3], v[4], nows}
`;

/** KEYS: session. Slides the idle timeout; returns 1, or 0 when the session is gone. */
export const TOUCH = `${PRELUDE}
local v = redis.call('HMGET', KEYS[1], 'u', 'c', 'a')
if not v[2] then
  redis.call('DEL', KEYS[1])
  return 0
end
local c = tonumber(v[2])
if expired(c, tonumber(v[3])) then
  drop(KEYS[1], ARGV[4], v[1])
  return 0
end
redis.call('HSET', KEYS[1], 'a', nows)
redis.call('PEXPIRE', KEYS[1], ttl(c))
return 1
`;

/** KEYS: session, user index. ARGV[5] data, [6] user. Returns {1, now}, or {-1} when the ID exists. */
export const CREATE = `${PRELUDE}
if redis.call('EXISTS', KEYS[1]) == 1 then
  return {-1}
end
redis.call('HSET', KEYS[1], 'd', ARGV[5], 'r', '1', 'u', ARGV[6], 'c', nows, 'a', nows)
redis.call('PEXPIRE', KEYS[1], math.min(idle, absolute))
if ARGV[6] ~= '' then
  index_add(KEYS[2], ARGV[4], now + absolute)
end
return {1, nows}
`;

/**
 * KEYS: session. ARGV[5] data, [6] expected revision, [7] user.
 * Compare-and-set: {revision, created, now} on success; {0} when the session
 * is gone (never recreated); {-1, actual revision} on a stale write; {-2} when
 * the user differs (sign-in must rotate the ID).
 */
export const SAVE = `${PRELUDE}
local v = redis.call('HMGET', KEYS[1], 'r', 'u', 'c', 'a')
if not v[1] then
  redis.call('DEL', KEYS[1])
  return {0}
end
local c = tonumber(v[3])
if expired(c, tonumber(v[4])) then
  drop(KEYS[1], ARGV[4], v[2])
  return {0}
end
local revision = tonumber(v[1])
if revision ~= tonumber(ARGV[6]) then
  return {-1, revision}
end
if v[2] ~= ARGV[7] then
  return {-2}
end
redis.call('HSET', KEYS[1], 'd', ARGV[5], 'r', string.format('%d', revision + 1), 'a', nows)
redis.call('PEXPIRE', KEYS[1], ttl(c))
return {revision + 1, v[3], nows}
`;

/**
 * KEYS: old session, new session. ARGV[5] new ID, [6]
 * expected revision ("" = any), [7] "set" to change the user to [8], else "keep".
 * Moves the data to the new ID and deletes the old one; a new user starts a new
 * absolute window. Returns {1, created, now, user}; {0} gone; {-1, actual} stale; {-3} new ID taken.
 */
export const ROTATE = `${PRELUDE}
local v = redis.call('HMGET', KEYS[1], 'd', 'r', 'u', 'c', 'a')
if not v[1] then
  redis.call('DEL', KEYS[1])
  return {0}
end
local c = tonumber(v[4])
if expired(c, tonumber(v[5])) then
  drop(KEYS[1], ARGV[4], v[3])
  return {0}
end
if ARGV[6] ~= '' and tonumber(v[2]) ~= tonumber(ARGV[6]) then
  return {-1, tonumber(v[2])}
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  return {-3}
end
local user = v[3]
if ARGV[7] == 'set' and ARGV[8] ~= user then
  user = ARGV[8]
  c = now
end
drop(KEYS[1], ARGV[4], v[3])
redis.call('HSET', KEYS[2], 'd', v[1], 'r', '1', 'u', user, 'c', string.format('%d', c), 'a', nows)
redis.call('PEXPIRE', KEYS[2], ttl(c))
if user ~= '' then
  index_add(prefix .. 'u:' .. user, ARGV[5], c + absolute)
end
return {1, string.format('%d', c), nows, user}
`;

/** KEYS: session. ARGV[1] key prefix, [2] session ID. Returns 1 when a session was deleted. */
export const DESTROY = `
local u = redis.call('HGET', KEYS[1], 'u')
local n = redis.call('DEL', KEYS[1])
if u and u ~= '' then
  redis.call('ZREM', ARGV[1] .. 'u:' .. u, ARGV[2])
end
return n
`;

/** KEYS: user index. ARGV[1] key prefix. Deletes every session of the user; returns how many existed. */
export const DESTROY_USER = `
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
local n = 0
for _, id in ipairs(ids) do
  n = n + redis.call('DEL', ARGV[1] .. 's:' .. id)
end
redis.call('DEL', KEYS[1])
return n
`;
