visible = 'V'
_hidden = 'H'
