class ConfigError(Exception):
    pass
print('loading')
raise ConfigError('missing key: "name"')
