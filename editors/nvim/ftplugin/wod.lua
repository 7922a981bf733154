-- Settings for wod buffers: the canonical layout of `wodc fmt` is two spaces per level,
-- and comments are `//` to the end of the line.
vim.bo.commentstring = '// %s'
vim.bo.comments = '://'
vim.bo.shiftwidth = 2
vim.bo.softtabstop = 2
vim.bo.expandtab = true
-- A line ending in `{` opens a body and a line starting with `}` closes it: Vim's
-- smartindent does exactly that, without a plugin.
vim.bo.autoindent = true
vim.bo.smartindent = true

-- Tree-sitter highlighting, when the wod parser is installed (parser/wod.so on the
-- runtimepath, see editors/README.md). Without it the buffer stays plain.
local highlighted = pcall(vim.treesitter.start)

vim.b.undo_ftplugin = (vim.b.undo_ftplugin and vim.b.undo_ftplugin .. ' | ' or '')
  .. 'setlocal commentstring< comments< shiftwidth< softtabstop< expandtab< autoindent< smartindent<'
  .. (highlighted and " | lua vim.treesitter.stop()" or '')
