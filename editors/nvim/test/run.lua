-- Headless test of the Neovim package, run by editors/ci.sh:
--
--   nvim --headless --clean --cmd 'set rtp^=editors/nvim,DIR' -l editors/nvim/test/run.lua SAMPLE
--
-- where DIR holds parser/wod.so (compiled from editors/tree-sitter-wod/src) and SAMPLE is
-- a .wod file that uses every construct. Prints one line per check and, last,
-- "N passed, M failed"; exits 1 when a check failed.

local sample = assert(arg[1], 'usage: run.lua SAMPLE.wod')

local passed, failed = 0, 0
local function check(ok, what, detail)
  if ok then
    passed = passed + 1
    io.stdout:write('ok     ', what, '\n')
  else
    failed = failed + 1
    io.stdout:write('FAILED ', what, detail and (': ' .. detail) or '', '\n')
  end
end

--- The 0-based row and column of the first occurrence of `text` in the buffer
--- (the `n`th when given).
local function find(text, n)
  n = n or 1
  for row, line in ipairs(vim.api.nvim_buf_get_lines(0, 0, -1, true)) do
    local from = 1
    while true do
      local col = line:find(text, from, true)
      if not col then break end
      n = n - 1
      if n == 0 then return row - 1, col - 1 end
      from = col + 1
    end
  end
  error('not in the sample: ' .. text)
end

local function captures_at(row, col)
  local names = {}
  for _, c in ipairs(vim.treesitter.get_captures_at_pos(0, row, col)) do
    names[#names + 1] = c.capture
  end
  return names
end

--- Checks that the text's first character carries the highlight capture.
local function expect_capture(text, capture, n)
  local row, col = find(text, n)
  local names = captures_at(row, col)
  check(vim.tbl_contains(names, capture), ('%q is @%s'):format(text, capture),
    ('at %d:%d got {%s}'):format(row + 1, col + 1, table.concat(names, ', ')))
end

-- ---------------------------------------------------------------------------------------
-- Filetype and ftplugin

vim.cmd.edit(vim.fn.fnameescape(sample))
local buf = vim.api.nvim_get_current_buf()
check(vim.bo.filetype == 'wod', 'a .wod file gets filetype wod', 'got ' .. vim.bo.filetype)
check(vim.bo.commentstring == '// %s', 'commentstring is // %s', vim.bo.commentstring)
check(vim.bo.comments == '://', 'comments is ://', vim.bo.comments)
check(vim.bo.shiftwidth == 2 and vim.bo.expandtab, 'indent is two spaces')

-- Typing a body: the line after `{` is indented, a `}` goes back.
do
  vim.cmd.new()
  vim.bo.filetype = 'wod'
  vim.api.nvim_buf_set_lines(0, 0, -1, true, { 'block "B" weeks 1-4 {' })
  vim.cmd('normal! GoSession: 1 x 1')
  vim.cmd('normal! o}')
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, true)
  check(lines[2] == '  Session: 1 x 1' and lines[3] == '}', 'a body is indented by two spaces as it is typed',
    vim.inspect(lines))
  vim.cmd('bwipeout!')
end

-- ---------------------------------------------------------------------------------------
-- Tree-sitter: parser, highlights, folds

check(vim.treesitter.language.add('wod'), 'the wod parser loads from parser/wod.so')
local tree = vim.treesitter.get_parser(buf, 'wod'):parse()[1]
local root = tree:root()
check(root:type() == 'source_file' and not root:has_error(), 'the sample parses without errors')
check(vim.treesitter.highlighter.active[buf] ~= nil, 'the ftplugin starts tree-sitter highlighting')

expect_capture('// Every construct', 'comment')
expect_capture('program "', 'keyword')
expect_capture('import', 'keyword.import')
expect_capture('deny', 'keyword.directive')
expect_capture('Back Squat', 'function')        -- a bare name, in `max Back Squat: 140kg`
expect_capture('"Bench Press"', 'function')     -- a quoted one
expect_capture('"Wave"', 'label')
expect_capture('mechanic', 'property')
expect_capture('conditioning', 'constant')
expect_capture('75%', 'number')
expect_capture('3min', 'number')
expect_capture('RPE', 'constant.builtin')
expect_capture('rest-pause', 'keyword.modifier')
expect_capture('×', 'operator')
expect_capture('of Back Squat RPE', 'keyword.modifier')
do
  local row, col = find('of Back Squat RPE')
  local names = captures_at(row, col + 3)
  check(vim.tbl_contains(names, 'function'), 'the name after `of` is @function',
    table.concat(names, ', '))
end

check(vim.treesitter.query.get('wod', 'folds') ~= nil, 'the folds query loads')
do
  local row = find('session "Lower"')
  vim.wo.foldmethod = 'expr'
  vim.wo.foldexpr = 'v:lua.vim.treesitter.foldexpr()'
  local level = vim.treesitter.foldexpr(row + 1)
  check(level == '>2', 'a session opens a fold inside its block', 'foldexpr gave ' .. tostring(level))
end

-- A broken line is an error in the tree, confined to that line.
do
  local scratch = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(scratch, 0, -1, true, {
    'block "B" weeks 1-4 {',
    '  session "S" {',
    '    Lying Leg Curl 3 x 10 @ 40kg',
    '    Row: 3 x 10',
    '  }',
    '}',
  })
  local broken = vim.treesitter.get_parser(scratch, 'wod'):parse()[1]:root()
  local bad = broken:named_descendant_for_range(2, 4, 2, 4)
  while bad and bad:type() ~= 'ERROR' do bad = bad:parent() end
  local good = broken:named_descendant_for_range(3, 4, 3, 4)
  check(broken:has_error() and bad ~= nil and good:type() == 'exercise_name',
    'a line without its colon is an ERROR, the next line still parses')
end

-- ---------------------------------------------------------------------------------------
-- Language server configuration (lsp/wodc.lua, read by vim.lsp.config)

do
  local config = vim.lsp.config.wodc
  check(config ~= nil, 'vim.lsp.config.wodc comes from lsp/wodc.lua')
  if config then
    check(vim.deep_equal(config.cmd, { 'wodc', 'lsp' }), 'its cmd is { "wodc", "lsp" }', vim.inspect(config.cmd))
    check(vim.deep_equal(config.filetypes, { 'wod' }), 'its filetypes are { "wod" }')
    check(vim.deep_equal(config.root_markers, { 'wodc.toml', '.git' }), 'its root markers are wodc.toml, .git')
  end
end

-- ---------------------------------------------------------------------------------------
-- Language server, live: `$WODC lsp` (editors/ci.sh passes the wodc to test, e.g.
-- WODC=target/debug/wodc) attached by vim.lsp.enable to an example with mistakes, then
-- asked what an editor asks. What Neovim shows of a hover and of inlay hints is printed
-- ("shown |" lines) for people to read.

local root = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h:h:h:h')

--- Reads a file's lines.
local function lines_of(path)
  return vim.fn.readfile(path)
end

--- Puts the cursor on the first occurrence of `text` (plus `offset` characters), and
--- returns the position parameters of a request there.
local function at(text, offset, client)
  local row, col = find(text)
  vim.api.nvim_win_set_cursor(0, { row + 1, col + (offset or 0) })
  return vim.lsp.util.make_position_params(0, client.offset_encoding)
end

local function request(client, method, params, buf)
  local response = client:request_sync(method, params, 5000, buf)
  if not response or response.err then
    return nil, vim.inspect(response and response.err or 'no answer in 5 s')
  end
  return response.result
end

local function show(what, lines)
  for _, line in ipairs(lines) do
    io.stdout:write('shown | ', what, ' | ', line, '\n')
  end
end

local function lsp_live_checks()
  local wodc = os.getenv('WODC')
  check(wodc ~= nil and vim.fn.executable(wodc) == 1, '$WODC names the wodc to test', tostring(wodc))
  if wodc == nil or vim.fn.executable(wodc) == 0 then return end
  vim.lsp.config('wodc', { cmd = { wodc, 'lsp' } })
  vim.lsp.enable('wodc')

  -- 1. Attached, rooted at the repository.
  local misuse = root .. '/examples/misuse/exercise-choice.wod'
  vim.cmd.edit(vim.fn.fnameescape(misuse))
  local buf = vim.api.nvim_get_current_buf()
  local attached = vim.wait(10000, function()
    return #vim.lsp.get_clients({ bufnr = buf, name = 'wodc' }) == 1
  end)
  check(attached, 'wodc lsp attaches to a wod buffer')
  if not attached then return end
  local client = vim.lsp.get_clients({ bufnr = buf, name = 'wodc' })[1]
  check(client.root_dir == root, 'its root_dir is the repository (root_markers)', tostring(client.root_dir))

  -- 2. The diagnostics are those of `wodc check`: the same rules on the same lines.
  local expected = {}
  for line in vim.fn.system({ wodc, 'check', '--format', 'short', misuse }):gmatch('[^\n]+') do
    local lnum, rule = line:match(':(%d+):%d+: %a+%[([%w-]+)%]')
    if lnum then expected[#expected + 1] = lnum .. ' ' .. rule end
  end
  vim.wait(10000, function() return #vim.diagnostic.get(buf) >= #expected end)
  local got = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    got[#got + 1] = (d.lnum + 1) .. ' ' .. tostring(d.code)
  end
  table.sort(got)
  table.sort(expected)
  check(#expected > 0 and vim.deep_equal(got, expected),
    ('the %d diagnostics are wodc check\'s (rule codes and lines)'):format(#expected), table.concat(got, ', '))
  check(vim.tbl_contains(got, '30 drop-set-on-heavy-compound'),
    'line 30 has drop-set-on-heavy-compound', table.concat(got, ', '))

  -- 3. Hover: the catalog entry of an exercise, and a line's work week by week.
  local hover, why = request(client, 'textDocument/hover', at('Bench Press: 1 x', 2, client), buf)
  local shown = hover and vim.lsp.util.convert_input_to_markdown_lines(hover.contents) or {}
  check(vim.tbl_contains(shown, 'barbell compound: chest, front-delts, triceps'),
    'hover on an exercise shows its classification', why or table.concat(shown, ' / '))
  show('hover on "Bench Press"', shown)
  hover, why = request(client, 'textDocument/hover', at('Dumbbell Fly: 1 x', 20, client), buf)
  shown = hover and vim.lsp.util.convert_input_to_markdown_lines(hover.contents) or {}
  check(shown[1] == '**Dumbbell Fly**, week by week', 'hover on a line shows its work week by week',
    why or table.concat(shown, ' / '))
  show('hover on a line', vim.list_slice(shown, 1, 6))

  -- 4. Completion: exercise names, with their classification as detail.
  local list
  list, why = request(client, 'textDocument/completion', at('Bench Press: 1 x', 5, client), buf)
  local item
  for _, candidate in ipairs(list and (list.items or list) or {}) do
    if candidate.label == 'Bench Press' then item = candidate end
  end
  check(item ~= nil and item.detail == 'barbell compound: chest, front-delts, triceps',
    'completion offers "Bench Press" with its classification', why or vim.inspect(item))

  -- 5. Formatting: the result of `wodc fmt`, here the file as committed.
  local original = lines_of(misuse)
  local row = find('Bench Press: 1 x')
  vim.api.nvim_buf_set_lines(buf, row, row + 1, true, { '        Bench Press :1 x 8-10 @ 80.0kg, drop 25% 25%, note "strip and go" //~ drop-set-on-heavy-compound(error)' })
  vim.lsp.buf.format({ bufnr = buf, timeout_ms = 5000 })
  local formatted = vim.api.nvim_buf_get_lines(buf, 0, -1, true)
  check(vim.deep_equal(formatted, original), 'formatting gives the result of wodc fmt',
    formatted[row + 1])

  -- 6. Go to definition, across an import; and the inlay hints of that file.
  local program = root .. '/examples/upper-lower-hypertrophy.wod'
  vim.cmd.edit(vim.fn.fnameescape(program))
  local buf2 = vim.api.nvim_get_current_buf()
  vim.wait(10000, function() return #vim.lsp.get_clients({ bufnr = buf2, name = 'wodc' }) == 1 end)
  local target
  target, why = request(client, 'textDocument/definition', at('Pendulum Squat: 3', 3, client), buf2)
  target = target and (target.uri and target or target[1])
  local library = root .. '/examples/lib/custom-exercises.wod'
  local defined_at
  for number, line in ipairs(lines_of(library)) do
    if line:find('exercise "Pendulum Squat"', 1, true) then defined_at = number - 1 end
  end
  check(target ~= nil and vim.uri_to_fname(target.uri) == library and target.range.start.line == defined_at,
    'go to definition leads to the exercise in the imported library', why or vim.inspect(target))

  vim.lsp.inlay_hint.enable(true, { bufnr = buf2 })
  local hinted = vim.wait(10000, function() return #vim.lsp.inlay_hint.get({ bufnr = buf2 }) > 0 end)
  local hints = vim.lsp.inlay_hint.get({ bufnr = buf2 })
  local first = hints[1] and hints[1].inlay_hint
  check(hinted and first ~= nil, 'inlay hints are shown', tostring(#hints))
  -- As the buffer shows them: each line with the virtual text after it.
  vim.cmd.redraw()
  local marks = vim.api.nvim_buf_get_extmarks(buf2, -1, 0, -1, { details = true, type = 'virt_text' })
  local rendered = {}
  for _, mark in ipairs(marks) do
    local text = {}
    for _, chunk in ipairs(mark[4].virt_text or {}) do text[#text + 1] = chunk[1] end
    local line = vim.api.nvim_buf_get_lines(buf2, mark[2], mark[2] + 1, true)[1]
    if #rendered < 3 then rendered[#rendered + 1] = line .. table.concat(text) end
  end
  local loads = false
  for _, hint in ipairs(hints) do
    local label = hint.inlay_hint.label
    if type(label) == 'string' and label:find('^wk1 ') then loads = true end
  end
  check(loads, 'an inlay hint gives the load of each week (wk1 ...)')
  show('inlay hints', rendered)

  -- 7. Stopped, the server exits.
  client:stop()
  check(vim.wait(5000, function() return client:is_stopped() end), 'the server stops when asked')
end
lsp_live_checks()

-- ---------------------------------------------------------------------------------------

io.stdout:write(('%d passed, %d failed\n'):format(passed, failed))
os.exit(failed == 0 and 0 or 1)
