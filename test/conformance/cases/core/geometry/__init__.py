"""Helper package for the import cases (not a case itself)."""
print('geometry package imported as', __name__)
VERSION = '1.0'
from .shapes import Square
__all__ = ['Square', 'VERSION']
