local json = require("json")
local M = {}

local function trim(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

function M.parse(text)
  local entries = {}
  for line in text:gmatch("[^\n]+") do
    local title, url = line:match("^(.-)%s*|%s*(.-)$")
    if title and url ~= "" then
      entries[#entries + 1] = { title = trim(title), url = url }
    end
  end
  return entries
end

function M.render(entries)
  local out = {}
  for i, e in ipairs(entries) do
    out[i] = string.format("%d. %s <%s>", i, e.title, e.url)
  end
  return table.concat(out, "\n")
end

local ok, err = pcall(function() return M.parse(nil) end)
if not ok then print("error: " .. tostring(err)) end
print(M.render(M.parse("home | https://example.org\nabout | /about")), 3.0, 0x20)
return M
