import { CLOCK, SESSION } from "./prelude.js";

/**
 * Scripts on a user's index. Revocation is one atomic rename of the index: from that moment
 * none of its sessions passes the index check. The sessions' keys are then deleted in
 * batches (CLEANUP), so a user with 100,000 sessions never blocks Redis for long.
 */

/** KEYS[1] index, KEYS[2] retired index. 1 when the user had an index, else 0. */
export const REVOKE_ALL = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RENAME', KEYS[1], KEYS[2])
redis.call('PEXPIRE', KEYS[2], 3600000)
return 1
`;

/**
 * Revokes every session of the user but the current one. KEYS[1] current session, KEYS[2]
 * index, KEYS[3] retired index; ARGV[3] current ID, [4] user. {1}; {0, reason} when the current
 * session is gone; {-2} when it is not the user's.
 */
export const REVOKE_OTHERS = `${SESSION}
local v = redis.call('HMGET', KEYS[1], 'u', 'c', 'a', 'x')
if not v[2] then
  redis.call('DEL', KEYS[1])
  return {0, ''}
end
local why = gone(v[1], tonumber(v[2]), tonumber(v[3]), hard(v[4]))
if why then return {0, why, v[1]} end
if v[1] ~= ARGV[4] then return {-2} end
local score = redis.call('ZSCORE', KEYS[2], id)
redis.call('RENAME', KEYS[2], KEYS[3])
redis.call('ZREM', KEYS[3], id)
redis.call('ZADD', KEYS[2], score, id)
redis.call('PEXPIRE', KEYS[2], math.max(1, tonumber(score) - now))
redis.call('PEXPIRE', KEYS[3], 3600000)
return {1}
`;

/** KEYS[1] retired index, KEYS[2..] sessions; ARGV[1..] their IDs. Returns how many existed. */
export const CLEANUP = `
local n = 0
for i = 2, #KEYS do
  n = n + redis.call('DEL', KEYS[i])
  redis.call('ZREM', KEYS[1], ARGV[i - 1])
end
return n
`;

/**
 * The user's live sessions among a batch. KEYS[1] index, KEYS[2..] sessions; ARGV[3] user,
 * [4..] IDs. Flat reply: ID, created, last access, hard expiry or '', data; per live session.
 */
export const LIST = `${CLOCK}
local out = {}
for i = 2, #KEYS do
  local sid = ARGV[i + 2]
  if redis.call('ZSCORE', KEYS[1], sid) then
    local v = redis.call('HMGET', KEYS[i], 'u', 'c', 'a', 'x', 'd')
    if v[2] and v[1] == ARGV[3] and not why_ended(tonumber(v[2]), tonumber(v[3]), hard(v[4])) then
      out[#out + 1] = sid
      out[#out + 1] = v[2]
      out[#out + 1] = v[3]
      out[#out + 1] = v[4] or ''
      out[#out + 1] = v[5]
    end
  end
end
return out
`;
