-- Drives Neovim's built-in LSP client against the mtlint server, headless:
-- open a file, wait for diagnostics, apply the preferred quick fix of the first
-- problem, wait for the updated diagnostics, write the file, and record it all as JSON.
-- Environment: MTLINT_SERVER (the server's main.js), MTLINT_FILE, MTLINT_RULE, MTLINT_OUT.
local server = os.getenv('MTLINT_SERVER')
local file = os.getenv('MTLINT_FILE')
local rule = os.getenv('MTLINT_RULE')
local out = os.getenv('MTLINT_OUT')
local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }

local function finish(err)
  result.error = err
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qall!')
end

local function code_of(d)
  if d.code ~= nil then return d.code end
  local lsp = d.user_data and d.user_data.lsp
  return lsp and lsp.code
end

local function snapshot(buf)
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(list, { lnum = d.lnum, col = d.col, end_col = d.end_col, code = code_of(d), message = d.message, source = d.source })
  end
  table.sort(list, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return list
end

local function count_rule(buf)
  local n = 0
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == rule then n = n + 1 end
  end
  return n
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'text'
  local config = { name = 'mtlint', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':p:h') }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  if not vim.wait(15000, function() return count_rule(buf) > 0 end, 20) then
    return finish('no ' .. rule .. ' diagnostics arrived')
  end
  result.before = snapshot(buf)
  local before = count_rule(buf)

  local target
  for _, d in ipairs(result.before) do
    if d.code == rule then target = d break end
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local client = vim.lsp.get_client_by_id(client_id)
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  params.context = { diagnostics = {}, only = { 'quickfix' } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  local chosen
  result.titles = {}
  for _, response in pairs(responses) do
    for _, action in ipairs(response.result or {}) do
      table.insert(result.titles, action.title)
      if action.isPreferred and not chosen then chosen = action end
    end
  end
  if not chosen then return finish('no preferred quick fix offered') end
  result.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  if not vim.wait(15000, function() return count_rule(buf) < before end, 20) then
    return finish('the diagnostics were not updated after the fix')
  end
  result.after = snapshot(buf)
  vim.cmd('write')
  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  finish(nil)
end)
if not ok then finish(tostring(err)) end
