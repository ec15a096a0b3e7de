local = threading.local()
