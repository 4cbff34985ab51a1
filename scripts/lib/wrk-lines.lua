-- wrk script: each request takes a random line of the file named by WRK_LINES.
-- A line is a path for GET, or "POST <path> <json body>" for a POST.
-- Every request is formatted once, when wrk starts: formatting one per request (a pattern match
-- and wrk.format in Lua) cost wrk more CPU than some of the requests cost the service, on the
-- cores they share, and none of it is spent for the ceiling's plain GET.
local requests = {}
for line in io.lines(os.getenv("WRK_LINES")) do
  local method, path, body = line:match("^(POST) (%S+) (.*)$")
  if method then
    requests[#requests + 1] = wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
  else
    requests[#requests + 1] = wrk.format("GET", line)
  end
end
math.randomseed(42)

request = function()
  return requests[math.random(#requests)]
end
