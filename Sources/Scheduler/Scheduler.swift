public enum SchedulerModule {}
