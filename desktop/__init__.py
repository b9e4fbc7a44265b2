"""双随机抽查工作台: the application package (core, services, reports, ui)."""

__version__ = "0.1.0"
