"""gazetteer"""
