-- A tiny blog post module.
local Post = {}
Post.__index = Post

local MAX_TAGS = 8

--[[ Creates a post.
     Tags start empty. ]]
function Post.new(title, date)
  local self = setmetatable({}, Post)
  self.title = title
  self.date = date or os.date("%Y-%m-%d")
  self.tags = {}
  return self
end

function Post:slug()
  return (self.title:lower():gsub("[^%w]+", "-"))
end

function Post:add_tag(tag)
  if tag == nil or #self.tags >= MAX_TAGS then
    return false
  end
  table.insert(self.tags, tag)
  return true
end

local p = Post.new("Hello World")
p:add_tag("news")
for i, tag in ipairs(p.tags) do
  print(i, tag)
end

local ratio = 0.5 * #p.tags + 0x1F
while ratio > 1 and not false do
  ratio = ratio / 2
end
print(string.format("%s %.2f", p:slug(), ratio), [[long
string]])
