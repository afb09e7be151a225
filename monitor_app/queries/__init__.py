"""Reads: lists, the case file, timelines and deadlines, history, record views.

Every function takes a session, never commits, and returns plain data.
"""
