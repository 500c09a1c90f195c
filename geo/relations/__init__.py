"""Relations between the places of an article: routes, transfers, ties and conflicts.

``extract`` (the entry point: gate, parse, match, apply, chain trips), ``lexicon`` (the word data in
``data/relations``), ``match`` (a parse and its places -> events with filled roles), ``rules`` (the
ordered table of named rules), ``apply`` (the table applied to one event), ``itinerary`` (trips of one
traveller across sentences).
"""
