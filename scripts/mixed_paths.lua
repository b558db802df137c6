-- wrk script: each request takes the next path of a list, in turn (set by scripts/loadtest.py as
-- WRK_PATHS, one path per line in the file named by the environment variable).
local paths = {}
local counter = 0

function init(args)
  local file = io.open(os.getenv("WRK_PATHS"), "r")
  for line in file:lines() do
    if #line > 0 then
      table.insert(paths, line)
    end
  end
  file:close()
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end
