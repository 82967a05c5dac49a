"""Loading: billkit's content (clauses, jurisdictions, words, templates) and the user's files.

``content`` is the only module that knows where the content folders are; ``library`` reads and
validates the clauses (with ``schema``), ``jurisdiction`` the jurisdiction records, ``words`` the
prose of each document kind, and ``textfile`` any file a user hands billkit.
"""
