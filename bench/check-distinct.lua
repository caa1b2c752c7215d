-- A different claim date on every request, so no answer comes from the cache.
local n = 0
request = function()
  n = n + 1
  local day = 17897 + (n % 2400) -- days since 1970-01-01: 2019-01-01 onwards
  local date = os.date("!%Y-%m-%d", day * 86400)
  local body = '{"text":"Nearly 9,000 people died trying to cross borders last year, and more than 40,000 crossed the Channel in small boats.","date":"' .. date .. '"}'
  return wrk.format("POST", "/api/check", {["content-type"] = "application/json"}, body)
end
