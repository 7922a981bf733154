-- The wodc language server for Neovim 0.11+: `vim.lsp.enable('wodc')` in your config
-- starts it for wod buffers (this file is found on the runtimepath as `lsp/wodc.lua`).
-- Override any field with `vim.lsp.config('wodc', { ... })`, e.g. `cmd` for a wodc that
-- is not on PATH.
return {
  cmd = { 'wodc', 'lsp' },
  filetypes = { 'wod' },
  -- The project root, where wodc.toml sits (else the repository).
  root_markers = { 'wodc.toml', '.git' },
}
