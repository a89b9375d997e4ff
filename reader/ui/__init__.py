"""Parley's Qt views: the reading window and its panels, drawing what reader.core computed."""
