"""The Passions page's parts (step 1 of the method): brainstorm, score, narrow, research, the passion map."""
