__all__ = ['exported', 'also']
exported = 'E'
also = 'A'
not_listed = 'N'
