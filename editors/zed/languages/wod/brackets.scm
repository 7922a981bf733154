("{" @open
  "}" @close)
