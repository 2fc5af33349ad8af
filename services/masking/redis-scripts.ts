// Lua scripts of the Redis mapping store. Each store call is ONE script run, so allocation,
// eviction and the global entry count stay consistent across replicas without locks.
//
// Layout under the key prefix P (scope ids are used verbatim; every scope key ends in ':' + one letter,
// so two scopes can never share a key):
//   P s:<scope>:v  hash value -> token        P s:<scope>:t  hash token -> kind|value
//   P s:<scope>:c  hash label -> last n, and '#gen' -> the scope's generation
//   P s:<scope>:p  zset holder -> lease end (pins)
//   P lru  zset scope -> last use (sequence)  P exp  zset scope -> logical expiry (ms)
//   P size hash scope -> entries              P ttl  hash scope -> idle TTL (ms)
//   P entries  string: entries of all scopes (the cap is checked against it)
//   P use  string: use sequence (orders lru strictly; two uses in one millisecond stay ordered)
//   P gen  string: generation sequence (a scope begun again after a drop gets a new generation,
//          Redis' time and this sequence, so a replica's copy of the old scope is never taken
//          for the new, even after a Redis restarted empty)
// Scripts build keys from the prefix (standalone Redis only, not Redis Cluster) and use Redis' own
// clock (TIME) so replicas with skewed clocks agree on expiry and leases.

import { prelude } from './redis-script-prelude.js'

/** ARGV: prefix, scope, ttlMs, maxEntries, then label, kind, value per request. Returns
 *  {'OK', expired, evicted, entries, scopes, generation, token...} or {'LIMIT', expired, 0, entries, scopes}. */
export const resolveScript = prelude + `
local s, ttl, cap = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local expired = dropIfExpired(s) + sweep(32)
local vKey, tKey, cKey = key(s, 'v'), key(s, 't'), key(s, 'c')
-- One lookup per value; fresh[value] = false until allocated, then its new token.
local known, fresh, freshCount = {}, {}, 0
for i = 5, #ARGV, 3 do
  local value = ARGV[i + 2]
  if fresh[value] == nil and known[value] == nil then
    local token = redis.call('HGET', vKey, value)
    if token then known[value] = token else fresh[value] = false; freshCount = freshCount + 1 end
  end
end
local evicted = 0
if freshCount > 0 then
  local need = tonumber(redis.call('GET', P .. 'entries') or '0') + freshCount - cap
  if need > 0 then
    -- Least recently used idle scopes first; evict only if enough can go (nothing partial).
    local victims, freed, offset = {}, 0, 0
    while freed < need do
      local batch = redis.call('ZRANGE', P .. 'lru', offset, offset + 99)
      if #batch == 0 then break end
      for _, v in ipairs(batch) do
        if v ~= s and not leaseEnd(v) then
          local size = tonumber(redis.call('HGET', P .. 'size', v) or '0')
          if size > 0 then
            victims[#victims + 1] = v
            freed = freed + size
            if freed >= need then break end
          end
        end
      end
      offset = offset + 100
    end
    if freed < need then
      local entries, scopes = totals()
      return {'LIMIT', expired, 0, entries, scopes}
    end
    for _, v in ipairs(victims) do drop(v) end
    evicted = #victims
  end
end
-- Counters read once per label, hashes written in batches (unpack stays far below Lua's limit).
local out, counters, byValue, byToken = {'OK', expired, evicted, 0, 0, '0'}, {}, {}, {}
local function flush ()
  if #byValue > 0 then redis.call('HSET', vKey, unpack(byValue)); redis.call('HSET', tKey, unpack(byToken)) end
  byValue, byToken = {}, {}
end
for i = 5, #ARGV, 3 do
  local label, kind, value = ARGV[i], ARGV[i + 1], ARGV[i + 2]
  local token = known[value] or fresh[value]
  if not token then
    local n = (counters[label] or tonumber(redis.call('HGET', cKey, label) or '0')) + 1
    counters[label] = n
    token = label .. '_' .. n
    fresh[value] = token
    byValue[#byValue + 1] = value; byValue[#byValue + 1] = token
    byToken[#byToken + 1] = token; byToken[#byToken + 1] = kind .. '|' .. value
    if #byValue >= 1000 then flush() end
  end
  out[#out + 1] = token
end
flush()
for label, n in pairs(counters) do redis.call('HSET', cKey, label, n) end
-- Redis' clock in the generation: a Redis restarted empty restarts the sequence, never the clock
if freshCount > 0 and not redis.call('HGET', cKey, '#gen') then redis.call('HSET', cKey, '#gen', t[1] .. '.' .. t[2] .. '.' .. redis.call('INCR', P .. 'gen')) end
if freshCount > 0 then
  redis.call('INCRBY', P .. 'entries', freshCount)
  redis.call('HINCRBY', P .. 'size', s, freshCount)
else
  redis.call('HSETNX', P .. 'size', s, 0)
end
redis.call('HSET', P .. 'ttl', s, ttl)
touch(s, ttl)
out[4], out[5] = totals()
out[6] = redis.call('HGET', cKey, '#gen') or '0'
return out
`

/** ARGV: prefix, scope. Returns {expired, token, kind|value, ...}; refreshes last use. */
export const loadScript = prelude + `
local s = ARGV[2]
local expired = dropIfExpired(s)
if not redis.call('ZSCORE', P .. 'exp', s) then return {expired} end
touch(s, tonumber(redis.call('HGET', P .. 'ttl', s) or '0'))
local out = redis.call('HGETALL', key(s, 't'))
table.insert(out, 1, expired)
return out
`

/**
 * ARGV: prefix, scope, generation, then label, n per label the caller holds every token of (1..n).
 * Returns {expired, generation, label count, label, n, ..., token, kind|value, ...}: the scope's
 * counters and the tokens the caller lacks; all of them when its generation is not the scope's
 * (or is '0': a scope without one, begun before generations or not yet holding a token).
 * Generation '0' with no counters: no such scope. Refreshes last use.
 */
export const syncScript = prelude + `
local s, gen = ARGV[2], ARGV[3]
local expired = dropIfExpired(s)
if not redis.call('ZSCORE', P .. 'exp', s) then return {expired, '0', 0} end
touch(s, tonumber(redis.call('HGET', P .. 'ttl', s) or '0'))
local cKey = key(s, 'c')
local current = redis.call('HGET', cKey, '#gen') or '0'
local have = {}
if current == gen and gen ~= '0' then
  for i = 4, #ARGV, 2 do have[ARGV[i]] = tonumber(ARGV[i + 1]) end
end
local out, wanted = {expired, current, 0}, {}
local counters = redis.call('HGETALL', cKey)
for i = 1, #counters, 2 do
  local label, n = counters[i], tonumber(counters[i + 1])
  if label ~= '#gen' then
    out[#out + 1] = label; out[#out + 1] = n; out[3] = out[3] + 1
    for k = (have[label] or 0) + 1, n do wanted[#wanted + 1] = label .. '_' .. k end
  end
end
local tKey = key(s, 't')
for i = 1, #wanted, 1000 do
  local batch = {unpack(wanted, i, math.min(i + 999, #wanted))}
  local stored = redis.call('HMGET', tKey, unpack(batch))
  for j = 1, #batch do
    if stored[j] then out[#out + 1] = batch[j]; out[#out + 1] = stored[j] end
  end
end
return out
`

/** ARGV: prefix, scope, holder, leaseMs. Adds or renews a pin lease. Returns expired count. */
export const pinScript = prelude + `
local s, holder, lease = ARGV[2], ARGV[3], tonumber(ARGV[4])
local expired = dropIfExpired(s)
local pKey = key(s, 'p')
redis.call('ZREMRANGEBYSCORE', pKey, '-inf', now)
redis.call('ZADD', pKey, now + lease, holder)
redis.call('PEXPIRE', pKey, lease)
if redis.call('ZSCORE', P .. 'exp', s) then extendTo(s, now + lease) end
return expired
`

/** ARGV: prefix, scope, holder. Idle time counts from the end of the last request holding it. */
export const unpinScript = prelude + `
local s = ARGV[2]
redis.call('ZREM', key(s, 'p'), ARGV[3])
if redis.call('ZSCORE', P .. 'exp', s) and not leaseEnd(s) then
  redis.call('ZADD', P .. 'lru', redis.call('INCR', P .. 'use'), s)
  setExpiry(s, now + tonumber(redis.call('HGET', P .. 'ttl', s) or '0'))
end
return 0
`

/** ARGV: prefix, scope. Returns {entries, scopes}. */
export const deleteScript = prelude + `
if redis.call('ZSCORE', P .. 'exp', ARGV[2]) then drop(ARGV[2]) end
local entries, scopes = totals()
return {entries, scopes}
`

/** ARGV: prefix. Returns {expired, entries, scopes}. */
export const statsScript = prelude + `
local expired = sweep(1000)
local entries, scopes = totals()
return {expired, entries, scopes}
`
