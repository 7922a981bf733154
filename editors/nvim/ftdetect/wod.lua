-- *.wod files are wod programs.
vim.filetype.add({ extension = { wod = 'wod' } })
