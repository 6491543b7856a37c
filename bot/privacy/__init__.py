"""Personal data: masking identity and financial numbers before they are stored or shown."""
