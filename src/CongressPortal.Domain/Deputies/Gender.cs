namespace CongressPortal.Domain.Deputies;

public enum Gender
{
    Male,
    Female,
}
