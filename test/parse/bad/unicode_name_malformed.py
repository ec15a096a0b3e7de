s = "\N{EM DASH"
