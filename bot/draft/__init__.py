"""Drafting a knowledge file from an article's text: plain Python, no Discord.

`draft_article(text, meta, known)` returns a `Draft` whose `yaml` is a knowledge file that
`alliance-bot check` accepts as written, with every guessed value marked `# check: ...`.
"""
