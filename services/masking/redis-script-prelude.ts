// Lua shared by every script of the Redis store (key names, clock, expiry, eviction helpers).
// See redis-scripts.ts for the key layout.

/** Defines P (prefix), now (Redis clock, ms) and the helpers; ARGV[1] is always the prefix. */
export const prelude = `
local P = ARGV[1]
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local function key (s, k) return P .. 's:' .. s .. ':' .. k end
local function leaseEnd (s)
  local top = redis.call('ZREVRANGE', key(s, 'p'), 0, 0, 'WITHSCORES')
  if top[2] and tonumber(top[2]) > now then return tonumber(top[2]) end
  return nil
end
local function setExpiry (s, untilMs)
  redis.call('ZADD', P .. 'exp', untilMs, s)
  for _, k in ipairs({'v', 't', 'c'}) do redis.call('PEXPIREAT', key(s, k), untilMs) end
end
local function extendTo (s, untilMs)
  local cur = redis.call('ZSCORE', P .. 'exp', s)
  if not (cur and tonumber(cur) >= untilMs) then setExpiry(s, untilMs) end
end
local function drop (s)
  local size = tonumber(redis.call('HGET', P .. 'size', s) or '0')
  redis.call('DEL', key(s, 'v'), key(s, 't'), key(s, 'c'))
  redis.call('HDEL', P .. 'size', s)
  redis.call('HDEL', P .. 'ttl', s)
  redis.call('ZREM', P .. 'lru', s)
  redis.call('ZREM', P .. 'exp', s)
  if size > 0 then redis.call('DECRBY', P .. 'entries', size) end
end
-- Drops scopes idle past their TTL; a pinned one is kept until its lease ends. Returns how many went.
local function sweep (limit)
  local due = redis.call('ZRANGEBYSCORE', P .. 'exp', '-inf', '(' .. now, 'LIMIT', 0, limit)
  local n = 0
  for _, s in ipairs(due) do
    local lease = leaseEnd(s)
    if lease then extendTo(s, lease) else drop(s); n = n + 1 end
  end
  return n
end
-- An expired scope must not be revived by a late caller: drop it first.
local function dropIfExpired (s)
  local e = redis.call('ZSCORE', P .. 'exp', s)
  if e and tonumber(e) < now and not leaseEnd(s) then drop(s); return 1 end
  return 0
end
local function totals ()
  return tonumber(redis.call('GET', P .. 'entries') or '0'), redis.call('ZCARD', P .. 'lru')
end
local function touch (s, ttl)
  redis.call('ZADD', P .. 'lru', redis.call('INCR', P .. 'use'), s)
  extendTo(s, now + ttl)
end
`
