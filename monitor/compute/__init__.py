"""Computation: aggregation (SQL), targets, trajectory, forecast and status, the engine."""
