"""The knowledge base and the answer engine: plain Python, no Discord."""
