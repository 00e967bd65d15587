/**
 * Shared Lua: every session rule runs inside a script, on the Redis clock (TIME), so
 * application servers' clocks never decide whether a session lives.
 *
 * CLOCK expects ARGV[1] idle ms and ARGV[2] absolute ms. A session's fields: c created (start of
 * the absolute window), a last access, x hard expiry (the cookie's, optional), all ms. Whether a
 * session lives is decided here, by why_ended; its key's TTL only cleans up and runs 60 s past
 * the deadline, so a read just after it finds the session and reports why it ended.
 */
export const CLOCK = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local nows = string.format('%d', now)
local idle = tonumber(ARGV[1])
local absolute = tonumber(ARGV[2])
local function hard(x)
  if not x or x == '' then return nil end
  return tonumber(x)
end
local function why_ended(c, a, x)
  if now - c >= absolute then return 'absolute' end
  if now - a >= idle then return 'idle' end
  if x and now >= x then return 'cookie' end
  return false
end
local function ttl(c, x)
  local left = math.min(idle, c + absolute - now)
  if x then left = math.min(left, x - now) end
  return left + 60000
end
`;

/**
 * SESSION adds, for scripts on one session: KEYS[1] the session, KEYS[2] the index of its tag,
 * ARGV[3] the session ID. A signed-in session must be listed in its user's index: revoking
 * removes the index, and an index lost to eviction signs its sessions out instead of letting
 * them escape revocation. A miss still writes (DEL), so a read-only replica refuses the call.
 */
export const SESSION = `${CLOCK}
local id = ARGV[3]
local function drop(user)
  redis.call('DEL', KEYS[1])
  if user ~= '' then redis.call('ZREM', KEYS[2], id) end
end
local function gone(user, c, a, x)
  local why = why_ended(c, a, x)
  if why then
    drop(user)
    return why
  end
  if user ~= '' and not redis.call('ZSCORE', KEYS[2], id) then
    redis.call('DEL', KEYS[1])
    return 'revoked'
  end
  return false
end
local function set_expiry(key, c, x, cookie)
  if cookie ~= '' then x = now + tonumber(cookie) end
  if x then redis.call('HSET', key, 'x', string.format('%d', x)) end
  redis.call('PEXPIRE', key, ttl(c, x))
end
`;

/**
 * ADMIT lists a signed-in session in its user's index (KEYS[2]). With a cap, KEYS[k0..] and
 * ARGV[a0..] are the index's members as the client read them (session keys and IDs): each is
 * checked, the dead are dropped and the oldest live sessions over the cap are ended. Returns
 * the IDs ended, or false when the index changed since the client read it (the client retries).
 */
export const ADMIT = `
local function admit(user, newid, score, cap, k0, a0, leaving)
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', nows)
  local ended = {}
  if cap > 0 then
    if redis.call('ZCARD', KEYS[2]) ~= #KEYS - k0 + 1 then return false end
    local live = {}
    for i = k0, #KEYS do
      local mid = ARGV[a0 + i - k0]
      local s = redis.call('ZSCORE', KEYS[2], mid)
      if not s then return false end
      if mid ~= leaving then
        local w = redis.call('HMGET', KEYS[i], 'u', 'c', 'a', 'x')
        if not w[2] then
          redis.call('ZREM', KEYS[2], mid)
        elseif why_ended(tonumber(w[2]), tonumber(w[3]), hard(w[4])) then
          redis.call('ZREM', KEYS[2], mid)
          redis.call('DEL', KEYS[i])
        elseif w[1] == user then
          live[#live + 1] = {tonumber(s), mid, KEYS[i]}
        end
      end
    end
    table.sort(live, function(p, q) return p[1] < q[1] end)
    for n = 1, #live - cap + 1 do
      redis.call('ZREM', KEYS[2], live[n][2])
      redis.call('DEL', live[n][3])
      ended[#ended + 1] = live[n][2]
    end
  end
  redis.call('ZADD', KEYS[2], score, newid)
  if redis.call('PTTL', KEYS[2]) < score - now then
    redis.call('PEXPIRE', KEYS[2], score - now)
  end
  return ended
end
`;
