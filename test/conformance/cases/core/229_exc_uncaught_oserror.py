open('/definitely/not/here/file.txt')
