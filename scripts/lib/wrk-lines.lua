-- wrk script: each request takes a random line of the file named by WRK_LINES.
-- A line is a path for GET, or "POST <path> <json body>" for a POST.
local lines = {}
for line in io.lines(os.getenv("WRK_LINES")) do
  lines[#lines + 1] = line
end
math.randomseed(42)

request = function()
  local line = lines[math.random(#lines)]
  local method, path, body = line:match("^(POST) (%S+) (.*)$")
  if method then
    return wrk.format("POST", path, {["Content-Type"] = "application/json"}, body)
  end
  return wrk.format("GET", line)
end
